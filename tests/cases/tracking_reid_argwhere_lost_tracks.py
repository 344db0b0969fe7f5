# case: re-identification of lost tracks: argwhere picks lost slots, their embeddings are gathered and compared with new detections -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LostTrackReID(nn.Cell):
    def __init__(self, emb_dim=8, sim_thresh=0.3, temperature=0.1):
        super().__init__()
        self.sim_thresh = sim_thresh
        self.temperature = temperature
        self.norm = nn.LayerNorm((emb_dim,))

    def similarity(self, a, b):
        a = self.norm(a)
        b = self.norm(b)
        a = a / ops.norm(a, dim=-1, keepdim=True)
        b = b / ops.norm(b, dim=-1, keepdim=True)
        return ops.matmul(a, b.T)

    def construct(self, track_emb, lost_flag, det_emb):
        lost_idx = ops.argwhere(lost_flag)[:, 0]
        lost_emb = ops.gather(track_emb, lost_idx, 0)
        sim = self.similarity(lost_emb, det_emb)
        prob = ops.softmax(sim / self.temperature, axis=1)
        best = ops.argmax(prob, dim=1)
        ok = sim.max(axis=1) > self.sim_thresh
        return lost_idx, best, ok


def make():
    np.random.seed(27)
    track_emb = Tensor(np.random.randn(6, 8).astype(np.float32))
    lost = Tensor(np.array([False, True, False, True, True, False]))
    det_emb = Tensor(np.random.randn(4, 8).astype(np.float32))
    return LostTrackReID(), (track_emb, lost, det_emb)
