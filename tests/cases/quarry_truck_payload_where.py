# case: compute overload excess of haul trucks with ops.where(cond, x, y) and masked mean -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadAudit(nn.Cell):
    def __init__(self, rated_payload_t=40.0, tolerance=1.1):
        super().__init__()
        self.limit = rated_payload_t * tolerance

    def construct(self, weighbridge_t, tare_t):
        payload = weighbridge_t - tare_t
        over = payload > self.limit
        excess = ops.where(over, payload - self.limit, ops.zeros_like(payload))
        n_over = over.astype(ms.float32).sum()
        mean_excess = excess.sum() / ops.maximum(n_over, Tensor(1.0, ms.float32))
        return mean_excess, n_over


def make():
    np.random.seed(112)
    gross = Tensor(np.random.uniform(55, 80, 32).astype(np.float32))
    tare = Tensor(np.full(32, 22.0, np.float32))
    return OverloadAudit(), (gross, tare)
