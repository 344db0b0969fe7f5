# case: parametric LIF computes its decay factor from the learnable time-constant parameter with math.exp(float(param)) inside construct -> Python builtins applied to a Parameter in construct, expect Graph mode error or fallback
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PLIFConfig:
    init_tau = 2.0
    v_threshold = 1.0
    v_reset = 0.0
    detach_reset = True


class ParametricLIFNode(nn.Cell):
    def __init__(self, config=PLIFConfig()):
        super().__init__()
        self._init_w(config.init_tau)
        self.v_threshold = config.v_threshold
        self.v_reset = config.v_reset
        self.detach_reset = config.detach_reset

    def _init_w(self, init_tau):
        init_w = -math.log(init_tau - 1.0)
        self.w = Parameter(Tensor(np.array([init_w], dtype=np.float32)), name="w")

    def decay(self):
        return 1.0 / (1.0 + math.exp(-float(self.w[0])))

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        spikes = []
        for t in range(x_seq.shape[0]):
            v = v + (x_seq[t] - (v - self.v_reset)) * self.decay()
            s = (v >= self.v_threshold).astype(v.dtype)
            s_r = ops.stop_gradient(s) if self.detach_reset else s
            v = v * (1.0 - s_r) + self.v_reset * s_r
            spikes.append(s)
        return ops.stack(spikes)


def make():
    np.random.seed(3818)
    x_seq = Tensor(np.random.rand(4, 3, 6).astype(np.float32) * 3.0)
    return ParametricLIFNode(), (x_seq,)
