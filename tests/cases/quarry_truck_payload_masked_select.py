# case: select payloads of overloaded haul trucks with ops.masked_select to compute mean overload -> dynamic output shape
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
        over_loads = ops.masked_select(payload, over)
        excess = over_loads - self.limit
        return excess.mean(), over.astype(ms.int32).sum()


def make():
    np.random.seed(111)
    gross = Tensor(np.random.uniform(55, 80, 32).astype(np.float32))
    tare = Tensor(np.full(32, 22.0, np.float32))
    return OverloadAudit(), (gross, tare)
