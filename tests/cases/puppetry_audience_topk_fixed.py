# case: average the top-k loudest audience frames with k fixed in the config -> static k, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReactionPeakMeter(nn.Cell):
    def __init__(self, frame_len=256, top_k=6):
        super().__init__()
        self.frame_len = frame_len
        self.top_k = top_k

    def frame_db(self, audio):
        n_frames = audio.shape[0] // self.frame_len
        frames = audio[: n_frames * self.frame_len].reshape(n_frames, self.frame_len)
        rms = ops.sqrt((frames * frames).mean(axis=1) + 1e-8)
        return 20.0 * ops.log10(rms)

    def construct(self, audio):
        db = self.frame_db(audio)
        top_vals, top_idx = ops.topk(db, self.top_k)
        return top_vals.mean(), top_idx


def make():
    np.random.seed(20)
    audio = (np.random.randn(8192) * np.linspace(0.01, 0.5, 8192)).astype(np.float32)
    return ReactionPeakMeter(), (Tensor(audio),)
