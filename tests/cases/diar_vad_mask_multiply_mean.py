# case: masked mean of frame embeddings using the VAD mask multiplied in and a clamped frame count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPooling(nn.Cell):
    def __init__(self, emb_dim=16, vad_threshold=0.5, eps=1e-6):
        super().__init__()
        self.vad_threshold = vad_threshold
        self.eps = eps
        self.proj = nn.Dense(emb_dim, emb_dim)

    def _speech_weights(self, vad_prob):
        return (vad_prob > self.vad_threshold).astype(ms.float32)

    def construct(self, frames, vad_prob):
        # frames: (B, T, D), vad_prob: (B, T)
        emb = self.proj(frames)
        w = self._speech_weights(vad_prob)
        count = ops.clamp(w.sum(axis=1, keepdims=True), min=1.0)
        pooled = (emb * w.expand_dims(-1)).sum(axis=1) / count
        norm = ops.sqrt((pooled * pooled).sum(axis=-1, keepdims=True) + self.eps)
        return pooled / norm


def make():
    np.random.seed(0)
    frames = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    vad = Tensor(np.random.rand(2, 20).astype(np.float32))
    return MaskedMeanPooling(), (frames, vad)
