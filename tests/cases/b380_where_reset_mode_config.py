# case: LIF neuron picks hard or soft reset from a config string and applies it with three-argument ops.where on the spike mask -> elementwise select with static shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RESET_MODES = ("hard", "soft")


class NodeConfig:
    def __init__(self, tau=2.0, v_threshold=1.0, v_reset=0.0, reset_mode="hard"):
        if reset_mode not in RESET_MODES:
            raise ValueError(reset_mode)
        self.tau = tau
        self.v_threshold = v_threshold
        self.v_reset = v_reset
        self.reset_mode = reset_mode


class LIFNode(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.v_reset = config.v_reset
        self.hard_reset = config.reset_mode == "hard"

    def reset(self, v, fired):
        if self.hard_reset:
            return ops.where(fired, ops.full_like(v, self.v_reset), v)
        return ops.where(fired, v - self.v_threshold, v)

    def construct(self, x_seq):
        v = ops.full_like(x_seq[0], self.v_reset)
        spikes = []
        for t in range(x_seq.shape[0]):
            v = v + (x_seq[t] - (v - self.v_reset)) / self.tau
            fired = v >= self.v_threshold
            spikes.append(fired.astype(x_seq.dtype))
            v = self.reset(v, fired)
        return ops.stack(spikes), v


def make():
    np.random.seed(3823)
    x_seq = Tensor(np.random.rand(5, 3, 7).astype(np.float32) * 3.0)
    return LIFNode(NodeConfig(reset_mode="soft")), (x_seq,)
