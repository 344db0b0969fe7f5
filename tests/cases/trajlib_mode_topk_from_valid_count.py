# case: multi-modal decoder keeps the top-k trajectory modes where k is the number of modes whose confidence exceeds a threshold (count from data) -> topk size from data, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=32, num_modes=6, future_steps=12, conf_threshold=0.1):
        self.hidden_size = hidden_size
        self.num_modes = num_modes
        self.future_steps = future_steps
        self.conf_threshold = conf_threshold


class MultiModalHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.num_modes
        self.t = config.future_steps
        self.thresh = config.conf_threshold
        self.traj = nn.Dense(config.hidden_size, self.k * self.t * 2)
        self.score = nn.Dense(config.hidden_size, self.k)

    def _select_modes(self, trajs, probs):
        keep = (probs > self.thresh).astype(ms.int32).sum()
        top_p, top_i = ops.topk(probs, int(keep))
        return trajs[top_i], top_p

    def construct(self, agent_feat):
        trajs = self.traj(agent_feat).reshape(self.k, self.t, 2)
        probs = ops.softmax(self.score(agent_feat), axis=-1)
        return self._select_modes(trajs, probs)


def make():
    np.random.seed(10)
    feat = Tensor(np.random.randn(32).astype(np.float32))
    return MultiModalHead(DecoderConfig()), (feat,)
