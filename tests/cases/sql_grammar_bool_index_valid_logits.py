# case: decoder picks the best valid SQL keyword by boolean-mask indexing the rule logits with the grammar mask -> dynamic shape from bool indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeywordPicker(nn.Cell):
    def __init__(self, hidden=16, num_rules=10):
        super().__init__()
        self.head = nn.Dense(hidden, num_rules)
        self.rule_ids = Tensor(np.arange(num_rules).astype(np.int32))

    def construct(self, state, valid_rules):
        logits = self.head(state)               # (R,)
        valid_logits = logits[valid_rules]      # only grammatical rules
        valid_ids = self.rule_ids[valid_rules]
        k = ops.argmax(valid_logits, dim=0)
        return valid_ids[k], ops.softmax(valid_logits, axis=0)


def make():
    np.random.seed(3)
    state = Tensor(np.random.randn(16).astype(np.float32))
    valid = np.random.rand(10) > 0.4
    valid[2] = True
    return KeywordPicker(), (state, Tensor(valid))
