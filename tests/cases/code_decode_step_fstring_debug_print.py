# case: grammar decoder step logs the chosen rule with an f-string over tensor values when verbose (default on) -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RuleSelector(nn.Cell):
    """Scores production rules for the frontier nonterminal and picks one."""

    def __init__(self, hidden=16, num_rules=9, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.rule_proj = nn.Dense(hidden, num_rules)
        self.dropout = nn.Dropout(p=0.1)

    def _log(self, step, rule, score):
        if self.verbose:
            print(f"[rule-select] step={step} rule={rule} score={score}")

    def construct(self, state, rule_mask, step):
        logits = self.rule_proj(self.dropout(state))
        logits = ops.where(rule_mask, logits, ops.full_like(logits, -1e9))
        probs = ops.softmax(logits, axis=-1)
        rule = ops.argmax(probs, dim=-1)
        score = probs.max()
        self._log(step, rule, score)
        return rule, probs


def make():
    np.random.seed(0)
    state = Tensor(np.random.randn(1, 16).astype(np.float32))
    mask = np.zeros((1, 9), np.bool_)
    mask[0, [1, 4, 5]] = True
    return RuleSelector(), (state, Tensor(mask), 3)
