# case: multimodal policy accepting a tuple observation or a flat tensor, dispatched with isinstance, optional goal None guard -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProprioVisionPolicy(nn.Cell):
    def __init__(self, proprio_dim=7, image_feat_dim=16, goal_dim=3, action_dim=7, hidden=32):
        super().__init__()
        self.proprio_enc = nn.Dense(proprio_dim, hidden)
        self.image_enc = nn.Dense(image_feat_dim, hidden)
        self.goal_enc = nn.Dense(goal_dim, hidden)
        self.head = nn.Dense(hidden, action_dim)
        self.proprio_dim = proprio_dim

    def encode(self, obs):
        if isinstance(obs, tuple):
            proprio, image_feat = obs
            return ops.relu(self.proprio_enc(proprio)) + ops.relu(self.image_enc(image_feat))
        return ops.relu(self.proprio_enc(obs[:, :self.proprio_dim]))

    def construct(self, obs, goal=None):
        h = self.encode(obs)
        if goal is not None:
            h = h + ops.relu(self.goal_enc(goal))
        return ops.tanh(self.head(h))


def make():
    np.random.seed(33)
    proprio = Tensor(np.random.randn(2, 7).astype(np.float32))
    image_feat = Tensor(np.random.randn(2, 16).astype(np.float32))
    return ProprioVisionPolicy(), ((proprio, image_feat), None)
