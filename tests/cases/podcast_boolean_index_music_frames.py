# case: drop frames tagged as background music via boolean-mask indexing before averaging speech embeddings -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeechEmbeddingPool(nn.Cell):
    def __init__(self, in_dim=24, emb_dim=8):
        super().__init__()
        self.music_head = nn.Dense(in_dim, 1)
        self.embed = nn.Dense(in_dim, emb_dim)

    def construct(self, frames):
        music_prob = ops.sigmoid(self.music_head(frames)).squeeze(-1)
        speech_mask = music_prob < 0.5
        speech_frames = frames[speech_mask]
        emb = self.embed(speech_frames)
        return emb.mean(axis=0)


def make():
    np.random.seed(9)
    frames = Tensor(np.random.randn(32, 24).astype(np.float32))
    return SpeechEmbeddingPool(), (frames,)
