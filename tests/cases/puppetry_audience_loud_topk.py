# case: pick the loudest audience-reaction frames with top-k where k is the number of frames above the applause threshold -> k from tensor data, dynamic or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_rms(audio, frame_len):
    n_frames = audio.shape[0] // frame_len
    frames = audio[: n_frames * frame_len].reshape(n_frames, frame_len)
    return ops.sqrt((frames * frames).mean(axis=1) + 1e-8)


class ApplauseEstimator(nn.Cell):
    def __init__(self, frame_len=256, applause_db=-20.0):
        super().__init__()
        self.frame_len = frame_len
        self.applause_db = applause_db

    def construct(self, audio):
        rms = frame_rms(audio, self.frame_len)
        db = 20.0 * ops.log10(rms)
        n_loud = (db > self.applause_db).astype(ms.int32).sum()
        k = n_loud.item()
        top_vals, _ = ops.topk(db, k)
        return top_vals.mean()


def make():
    np.random.seed(19)
    audio = (np.random.randn(8192) * np.linspace(0.01, 0.5, 8192)).astype(np.float32)
    return ApplauseEstimator(), (Tensor(audio),)
