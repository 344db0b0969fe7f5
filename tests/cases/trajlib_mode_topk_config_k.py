# case: multi-modal decoder predicts more proposals than needed and keeps the top num_modes from the config with ops.topk, gathering trajectories by index -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=32, num_proposals=12, num_modes=6, future_steps=12):
        self.hidden_size = hidden_size
        self.num_proposals = num_proposals
        self.num_modes = num_modes
        self.future_steps = future_steps


class ProposalHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.p = config.num_proposals
        self.k = config.num_modes
        self.t = config.future_steps
        self.traj = nn.Dense(config.hidden_size, self.p * self.t * 2)
        self.score = nn.Dense(config.hidden_size, self.p)

    def _select_modes(self, trajs, logits):
        top_logit, top_i = ops.topk(logits, self.k)
        picked = ops.gather(trajs, top_i, axis=1, batch_dims=1)
        return picked, ops.softmax(top_logit, axis=-1)

    def construct(self, agent_feat):
        b = agent_feat.shape[0]
        trajs = self.traj(agent_feat).reshape(b, self.p, self.t, 2)
        logits = self.score(agent_feat)
        return self._select_modes(trajs, logits)


def make():
    np.random.seed(11)
    feat = Tensor(np.random.randn(4, 32).astype(np.float32))
    return ProposalHead(DecoderConfig()), (feat,)
