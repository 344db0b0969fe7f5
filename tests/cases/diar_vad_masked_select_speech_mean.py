# case: averages frame embeddings over speech frames picked with masked_select from a VAD mask -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeechFramePooling(nn.Cell):
    def __init__(self, emb_dim=16, vad_threshold=0.5):
        super().__init__()
        self.emb_dim = emb_dim
        self.vad_threshold = vad_threshold
        self.proj = nn.Dense(emb_dim, emb_dim)

    def construct(self, frames, vad_prob):
        # frames: (T, D), vad_prob: (T,)
        emb = self.proj(frames)
        speech = vad_prob > self.vad_threshold
        mask = ops.broadcast_to(speech.expand_dims(-1), emb.shape)
        speech_vals = ops.masked_select(emb, mask)
        speech_emb = speech_vals.reshape(-1, self.emb_dim)
        pooled = speech_emb.mean(axis=0)
        return pooled / ops.norm(pooled)


def make():
    np.random.seed(0)
    frames = Tensor(np.random.randn(24, 16).astype(np.float32))
    vad = Tensor(np.random.rand(24).astype(np.float32))
    return SpeechFramePooling(), (frames, vad)
