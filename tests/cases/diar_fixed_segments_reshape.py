# case: splits frame embeddings into fixed-length segments by reshape using x.shape and segment length from config, dropping the remainder frames -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedSegmenter(nn.Cell):
    def __init__(self, seg_frames=5, emb_dim=8):
        super().__init__()
        self.seg_frames = seg_frames
        self.norm = nn.LayerNorm((emb_dim,))

    def construct(self, emb):
        # emb: (T, D)
        t, d = emb.shape
        n_seg = t // self.seg_frames
        usable = emb[:n_seg * self.seg_frames]
        segs = usable.reshape(n_seg, self.seg_frames, d)
        seg_emb = self.norm(segs.mean(axis=1))
        sim = ops.matmul(seg_emb, seg_emb.T) / d
        return seg_emb, sim


def make():
    np.random.seed(38)
    emb = Tensor(np.random.randn(23, 8).astype(np.float32))
    return FixedSegmenter(), (emb,)
