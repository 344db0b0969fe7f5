# case: windowed overlap-add resynthesis looping over the frame count read from frames.shape and padding each frame into place -> constant-trip loop with static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapAddSynth(nn.Cell):
    def __init__(self, frame_len=8, hop=4):
        super().__init__()
        self.frame_len = frame_len
        self.hop = hop
        self.window = Tensor(np.hanning(frame_len + 2)[1:-1].astype(np.float32))

    def construct(self, frames):
        # frames: (batch, n_frames, frame_len)
        n_frames = frames.shape[1]
        out_len = (n_frames - 1) * self.hop + self.frame_len
        out = ops.zeros((frames.shape[0], out_len), frames.dtype)
        norm = ops.zeros((out_len,), frames.dtype)
        for i in range(n_frames):
            left = i * self.hop
            right = out_len - left - self.frame_len
            out = out + ops.pad(frames[:, i] * self.window, (left, right))
            norm = norm + ops.pad(self.window * self.window, (left, right))
        return out / (norm + 1e-8)


def make():
    np.random.seed(26)
    frames = np.random.randn(2, 6, 8).astype(np.float32)
    return OverlapAddSynth(), (Tensor(frames),)
