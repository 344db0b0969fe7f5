# case: trajectory encoder that trims the padded agent axis to the number of valid agents counted from the mask -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgentHistoryEncoder(nn.Cell):
    def __init__(self, in_dim=4, hidden=16, hist_len=6):
        super().__init__()
        self.hist_len = hist_len
        self.embed = nn.Dense(in_dim * hist_len, hidden)
        self.act = nn.GELU()

    def construct(self, hist):
        n = hist.shape[0]
        return self.act(self.embed(hist.reshape(n, -1)))


class TrajectoryPredictor(nn.Cell):
    def __init__(self, hidden=16, future_len=8):
        super().__init__()
        self.future_len = future_len
        self.encoder = AgentHistoryEncoder(hidden=hidden)
        self.decoder = nn.Dense(hidden, future_len * 2)

    def construct(self, hist, agent_mask):
        # agents are sorted so padding sits at the end of the agent axis
        num_valid = agent_mask.astype(ms.int32).sum()
        hist = hist[:num_valid]
        feats = self.encoder(hist)
        traj = self.decoder(feats).reshape(-1, self.future_len, 2)
        return ops.cumsum(traj, axis=1)


def make():
    np.random.seed(3)
    hist = np.random.randn(10, 6, 4).astype(np.float32)
    mask = np.zeros(10, dtype=np.bool_)
    mask[:7] = True
    hist[7:] = 0.0
    return TrajectoryPredictor(), (Tensor(hist), Tensor(mask))
