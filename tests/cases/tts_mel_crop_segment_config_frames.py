# case: VITS-style training crops a fixed-size mel/latent segment using a constant segment_size and start offsets as tensors gathered with gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def slice_segments(x, ids_start, segment_size):
    # x: (B, C, T); ids_start: (B,) int32
    b, c, _ = x.shape
    offs = ops.arange(segment_size, dtype=ms.int32).reshape(1, 1, -1)
    idx = (ids_start.reshape(-1, 1, 1) + offs).broadcast_to((b, c, segment_size))
    return ops.gather_elements(x, 2, idx)


class RandomSegmentDecoder(nn.Cell):
    def __init__(self, latent=8, n_mels=8, segment_size=4):
        super().__init__()
        self.segment_size = segment_size
        self.dec = nn.Conv1d(latent, n_mels, 3, pad_mode="same", has_bias=True)

    def construct(self, z, mel, z_lengths, noise):
        max_start = (z_lengths - self.segment_size).astype(ms.float32)
        ids_start = ops.floor(noise * max_start).astype(ms.int32)
        z_slice = slice_segments(z, ids_start, self.segment_size)
        mel_slice = slice_segments(mel, ids_start, self.segment_size)
        return ops.l1_loss(self.dec(z_slice), mel_slice)


def make():
    np.random.seed(34)
    z = Tensor(np.random.randn(2, 8, 10).astype(np.float32))
    mel = Tensor(np.random.randn(2, 8, 10).astype(np.float32))
    zl = Tensor(np.array([10, 7], np.int32))
    noise = Tensor(np.random.rand(2).astype(np.float32))
    return RandomSegmentDecoder(), (z, mel, zl, noise)
