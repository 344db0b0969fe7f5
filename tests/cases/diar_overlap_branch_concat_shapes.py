# case: when any frame is flagged as overlapped, returns the embeddings of both speakers concatenated, otherwise only the dominant speaker, chosen by an if on a tensor -> branches of different shapes fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapAwareEmbedding(nn.Cell):
    def __init__(self, in_dim=12, emb_dim=8, overlap_thr=0.5):
        super().__init__()
        self.spk1 = nn.Dense(in_dim, emb_dim)
        self.spk2 = nn.Dense(in_dim, emb_dim)
        self.ov = nn.Dense(in_dim, 1)
        self.overlap_thr = overlap_thr

    def construct(self, frames):
        # frames: (T, F)
        p_ov = ops.sigmoid(self.ov(frames)).squeeze(-1)
        e1 = self.spk1(frames).mean(axis=0)
        if (p_ov > self.overlap_thr).any():
            e2 = self.spk2(frames).mean(axis=0)
            return ops.stack((e1, e2))
        return e1.expand_dims(0)


def make():
    np.random.seed(15)
    frames = Tensor(np.random.randn(14, 12).astype(np.float32))
    return OverlapAwareEmbedding(), (frames,)
