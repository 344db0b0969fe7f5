# case: mastitis model accepts either a single conductivity tensor or a (conductivity, scc) tuple and branches on isinstance -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleMastitis(nn.Cell):
    def __init__(self, n_quarters=4):
        super().__init__()
        self.cond_head = nn.Dense(n_quarters, 1)
        self.scc_weight = 0.01

    def construct(self, inputs):
        if isinstance(inputs, tuple):
            conductivity, scc = inputs
            extra = self.scc_weight * ops.log(scc + 1.0)
        else:
            conductivity = inputs
            extra = ops.zeros((inputs.shape[0],), ms.float32)
        logit = self.cond_head(conductivity).squeeze(-1) + extra
        return ops.sigmoid(logit)


def make():
    np.random.seed(37)
    cond = np.random.normal(5.5, 0.5, (5, 4)).astype(np.float32)
    scc = np.random.lognormal(4.8, 0.6, (5,)).astype(np.float32)
    return FlexibleMastitis(), ((Tensor(cond), Tensor(scc)),)
