# case: multimodal trajectory head selecting the most confident mode per agent with argmax and gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiModalHead(nn.Cell):
    def __init__(self, hidden=16, num_modes=4, future_len=6):
        super().__init__()
        self.m = num_modes
        self.t = future_len
        self.traj = nn.Dense(hidden, num_modes * future_len * 2)
        self.conf = nn.Dense(hidden, num_modes)

    def select_best(self, trajs, conf):
        n = trajs.shape[0]
        best = ops.argmax(conf, dim=-1)
        idx = best.reshape(n, 1, 1, 1).broadcast_to((n, 1, self.t, 2))
        return ops.gather_elements(trajs, 1, idx).squeeze(1)

    def construct(self, agent_feat):
        n = agent_feat.shape[0]
        trajs = self.traj(agent_feat).reshape(n, self.m, self.t, 2)
        trajs = ops.cumsum(trajs, axis=2)
        conf = ops.softmax(self.conf(agent_feat), axis=-1)
        return self.select_best(trajs, conf), conf.max(axis=-1)


def make():
    np.random.seed(34)
    return MultiModalHead(), (Tensor(np.random.randn(5, 16).astype(np.float32)),)
