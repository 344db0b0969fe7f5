# case: drains per-beam scheduling queues in a while loop whose condition is the remaining backlog tensor, subtracting the service rate each slot with a fixed shape -> tensor-conditioned while with constant shapes, compiles as control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueDrainer(nn.Cell):
    def __init__(self, service_rate=40.0, max_slots=50):
        super().__init__()
        self.rate = service_rate
        self.max_slots = max_slots

    def construct(self, backlog):
        slots = Tensor(0, ms.int32)
        while backlog.sum() > 0 and slots < self.max_slots:
            backlog = ops.maximum(backlog - self.rate, 0.0)
            slots = slots + 1
        return slots, backlog


def make():
    np.random.seed(24)
    backlog = Tensor(np.random.uniform(10, 200, size=(5,)).astype(np.float32))
    return QueueDrainer(), (backlog,)
