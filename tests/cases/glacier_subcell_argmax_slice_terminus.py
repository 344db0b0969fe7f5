# case: a sub-Cell finds the terminus column with argmax and the parent slices the velocity field up to it -> slice end taken from a tensor value in a sub-Cell pipeline
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TerminusDetector(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, ice_prob_row):
        grad = ice_prob_row[:-1] - ice_prob_row[1:]
        return ops.argmax(grad)


class UpstreamVelocity(nn.Cell):
    def __init__(self, scale=365.0):
        super().__init__()
        self.detector = TerminusDetector()
        self.scale = scale

    def construct(self, ice_prob_row, velocity_row):
        terminus = self.detector(ice_prob_row)
        upstream = velocity_row[:terminus]
        return upstream.mean() * self.scale


def make():
    np.random.seed(22)
    prob = np.concatenate([np.ones(14), np.zeros(10)]).astype(np.float32)
    vel = Tensor(np.random.uniform(0.5, 3.0, size=(24,)).astype(np.float32))
    return UpstreamVelocity(), (Tensor(prob), vel)
