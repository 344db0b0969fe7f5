# case: builds per-arm response summaries in a Python list over a constant number of trial arms and stacks them -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArmSummary(nn.Cell):
    def __init__(self, n_arms=3):
        super().__init__()
        self.n_arms = n_arms

    def arm_stats(self, responses, arm_onehot):
        weight = arm_onehot.expand_dims(-1)
        n = ops.maximum(arm_onehot.sum(), 1.0)
        mean = (responses * weight).sum(axis=0) / n
        var = (((responses - mean) ** 2) * weight).sum(axis=0) / n
        return ops.concat((mean, ops.sqrt(var)))

    def construct(self, responses, arm):
        # responses: (patients, endpoints); arm: (patients,) int arm index
        onehot = ops.one_hot(arm, self.n_arms, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        rows = []
        for a in range(self.n_arms):
            rows.append(self.arm_stats(responses, onehot[:, a]))
        return ops.stack(rows)


def make():
    np.random.seed(16)
    resp = np.random.randn(18, 2).astype(np.float32)
    arm = np.random.randint(0, 3, size=18).astype(np.int32)
    return ArmSummary(), (Tensor(resp), Tensor(arm))
