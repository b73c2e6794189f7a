import type { Problem, ProblemParam, ValueDescription } from '../domain/problem'
import type { ProblemMessages } from './problem-messages'

function isValueDescription(param: ProblemParam): param is ValueDescription {
  return typeof param === 'object' && 'kind' in param
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match)
}

/** Words a dataset problem in the given language. */
export function formatProblem(problem: Problem, messages: ProblemMessages): string {
  const values: Record<string, string> = {}
  for (const [name, param] of Object.entries(problem.params ?? {})) {
    if (typeof param === 'string' || typeof param === 'number') {
      values[name] =
        name === 'expected' ? (messages.expected[String(param)] ?? String(param)) : String(param)
    } else if (isValueDescription(param)) {
      values[name] = fill(messages.values[param.kind], { text: param.text })
    } else {
      values[name] = param.map((inner) => formatProblem(inner, messages)).join(' ')
    }
  }
  if (typeof problem.params?.count === 'number') {
    const count = problem.params.count
    const forms = count === 1 ? messages.one : messages.many
    values.features = fill(forms.feature, { count: String(count) })
    values.pointFeatures = fill(forms.pointFeature, { count: String(count) })
  }
  const sentence = fill(messages.problems[problem.code], values)
  // A bare Point's own defects follow its sentence.
  if (problem.code === 'bareGeometry' && Array.isArray(problem.params?.defects) && values.defects) {
    return `${sentence} ${values.defects.replace(/^Its /, 'Also, its ')}`
  }
  return sentence
}
