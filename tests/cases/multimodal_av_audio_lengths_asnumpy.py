# case: audio-visual model mean-pools audio by per-clip lengths read back with .asnumpy() -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthAwareAudioPool(nn.Cell):
    def __init__(self, aud_dim=12, hidden=16):
        super().__init__()
        self.proj = nn.Dense(aud_dim, hidden)

    def construct(self, audio, lengths):
        feats = self.proj(audio)                         # (B, T, H)
        pooled = []
        lens = lengths.asnumpy()
        for b in range(feats.shape[0]):
            n = int(lens[b])
            pooled.append(feats[b, :n].mean(axis=0))
        return ops.stack(pooled)


class AVClassifier(nn.Cell):
    def __init__(self, vis_dim=20, aud_dim=12, hidden=16, num_classes=5):
        super().__init__()
        self.audio_pool = LengthAwareAudioPool(aud_dim, hidden)
        self.vis = nn.Dense(vis_dim, hidden)
        self.head = nn.Dense(2 * hidden, num_classes)

    def construct(self, frames, audio, audio_lengths):
        a = self.audio_pool(audio, audio_lengths)
        v = self.vis(frames.mean(axis=1))
        return self.head(ops.concat((v, a), axis=-1))


def make():
    np.random.seed(15)
    net = AVClassifier()
    frames = Tensor(np.random.randn(2, 3, 20).astype(np.float32))
    audio = Tensor(np.random.randn(2, 7, 12).astype(np.float32))
    lens = Tensor(np.array([7, 4], np.int32))
    return net, (frames, audio, lens)
