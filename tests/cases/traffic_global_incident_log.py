# case: congestion detector appends each batch's jam count to a module-level global list from construct -> global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

INCIDENT_LOG = []
JAM_SPEED = 15.0


class JamCounter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reduce = ops.ReduceSum()

    def construct(self, speeds):
        jams = (speeds < JAM_SPEED).astype(ms.float32)
        n = self.reduce(jams)
        INCIDENT_LOG.append(n)
        return jams, n


def make():
    np.random.seed(18)
    speeds = Tensor(np.random.uniform(0, 70, size=(5, 8)).astype(np.float32))
    return JamCounter(), (speeds,)
