# case: audio-visual model mean-pools audio with an arange<lengths mask over the padded time axis -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_mask(lengths, max_len):
    steps = ops.arange(max_len, dtype=ms.int32).expand_dims(0)
    return (steps < lengths.expand_dims(1)).astype(ms.float32)


class MaskedAVClassifier(nn.Cell):
    def __init__(self, vis_dim=20, aud_dim=12, hidden=16, num_classes=5, fuse="concat"):
        super().__init__()
        self.aud = nn.Dense(aud_dim, hidden)
        self.vis = nn.Dense(vis_dim, hidden)
        self.fuse = fuse
        in_dim = 2 * hidden if fuse == "concat" else hidden
        self.head = nn.Dense(in_dim, num_classes)

    def pool(self, x, lengths):
        mask = length_mask(lengths, x.shape[1]).expand_dims(-1)
        return (x * mask).sum(axis=1) / ops.maximum(mask.sum(axis=1), 1.0)

    def construct(self, frames, audio, audio_lengths, frame_lengths):
        a = self.pool(self.aud(audio), audio_lengths)
        v = self.pool(self.vis(frames), frame_lengths)
        if self.fuse == "concat":
            z = ops.concat((v, a), axis=-1)
        else:
            z = v + a
        return self.head(z)


def make():
    np.random.seed(16)
    net = MaskedAVClassifier()
    frames = Tensor(np.random.randn(2, 3, 20).astype(np.float32))
    audio = Tensor(np.random.randn(2, 7, 12).astype(np.float32))
    return net, (frames, audio, Tensor(np.array([7, 4], np.int32)), Tensor(np.array([3, 2], np.int32)))
