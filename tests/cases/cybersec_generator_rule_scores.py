# case: combine several detection rules by summing a generator expression over sub-Cell rule outputs inside construct -> generator expression in construct, graph syntax limit
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdRule(nn.Cell):
    def __init__(self, column, limit, weight):
        super().__init__()
        self.column = column
        self.limit = limit
        self.weight = weight

    def construct(self, flows):
        return (flows[:, self.column] > self.limit).astype(ms.float32) * self.weight


class RuleEnsemble(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rules = nn.CellList([
            ThresholdRule(0, 1000.0, 0.5),
            ThresholdRule(1, 50.0, 0.3),
            ThresholdRule(2, 0.9, 0.2),
        ])

    def construct(self, flows):
        total = sum(rule(flows) for rule in self.rules)
        return total


def make():
    np.random.seed(19)
    flows = Tensor((np.random.rand(10, 3) * [2000, 100, 1]).astype(np.float32))
    return RuleEnsemble(), (flows,)
