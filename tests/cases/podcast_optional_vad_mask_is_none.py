# case: speaker embedding pooling that accepts an optional VAD mask and tests `mask is None` before weighting frames -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerEmbeddingPool(nn.Cell):
    def __init__(self, in_dim=20, emb_dim=8):
        super().__init__()
        self.proj = nn.Dense(in_dim, emb_dim)

    def construct(self, frames, vad_mask=None):
        emb = self.proj(frames)
        if vad_mask is None:
            return emb.mean(axis=0)
        w = vad_mask.astype(emb.dtype).expand_dims(-1)
        return (emb * w).sum(axis=0) / (w.sum() + 1e-6)


def make():
    np.random.seed(105)
    frames = Tensor(np.random.randn(15, 20).astype(np.float32))
    mask = Tensor(np.random.rand(15) > 0.3)
    return SpeakerEmbeddingPool(), (frames, mask)
