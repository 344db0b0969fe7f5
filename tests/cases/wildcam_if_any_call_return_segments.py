# case: bird-call detector returns the active frames when any call is detected and a 1-frame placeholder otherwise, branching on a tensor -> error or dynamic: branches return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CallSegmenter(nn.Cell):
    def __init__(self, n_mels=8, thr=0.0):
        super().__init__()
        self.score = nn.Dense(n_mels, 1)
        self.thr = thr

    def construct(self, mel_frames):
        frame_logit = self.score(mel_frames).squeeze(-1)
        if frame_logit.max() > self.thr:
            out = mel_frames[::2]
        else:
            out = mel_frames[:1]
        return out, frame_logit


def make():
    np.random.seed(22)
    mel_frames = Tensor(np.random.randn(10, 8).astype(np.float32))
    return CallSegmenter(), (mel_frames,)
