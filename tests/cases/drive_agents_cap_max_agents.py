# case: scene preprocessing that caps the agent axis to a configured maximum and splits history/future by shape-derived sizes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgentCapper(nn.Cell):
    def __init__(self, max_agents=8, hist_frac=0.5):
        super().__init__()
        self.max_agents = max_agents
        self.hist_frac = hist_frac

    def construct(self, tracks, mask):
        num_agents = tracks.shape[1]
        keep = min(num_agents, self.max_agents)
        tracks = tracks[:, :keep]
        mask = mask[:, :keep]
        t_hist = int(tracks.shape[2] * self.hist_frac)
        return tracks[:, :, :t_hist], tracks[:, :, t_hist:], mask


class MotionForecaster(nn.Cell):
    def __init__(self, hidden=16, max_agents=8):
        super().__init__()
        self.capper = AgentCapper(max_agents=max_agents)
        self.enc = nn.Dense(2, hidden)
        self.head = nn.Dense(hidden, 2)

    def construct(self, tracks, mask):
        hist, fut, mask = self.capper(tracks, mask)
        h = ops.relu(self.enc(hist)).mean(axis=2)
        pred = self.head(h).expand_dims(2) * ops.ones((1, 1, fut.shape[2], 1), ms.float32)
        err = ops.norm(pred - fut, dim=-1).mean(axis=-1)
        return (err * mask.astype(err.dtype)).sum() / mask.astype(err.dtype).sum()


def make():
    np.random.seed(30)
    tracks = Tensor(np.random.randn(2, 11, 10, 2).astype(np.float32))
    mask = Tensor(np.random.rand(2, 11) > 0.3)
    return MotionForecaster(), (tracks, mask)
