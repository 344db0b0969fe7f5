# case: loop over frames and append features of frames whose score passes a threshold to a list, then stack -> error, list grown under tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyFrameCollector(nn.Cell):
    def __init__(self, num_frames=8, thresh=0.0):
        super().__init__()
        self.num_frames = num_frames
        self.thresh = thresh

    def construct(self, frame_feats, frame_scores):
        selected = [frame_feats[0]]
        for t in range(1, self.num_frames):
            if frame_scores[t] > self.thresh:
                selected.append(frame_feats[t])
        keyframes = ops.stack(selected)
        return keyframes.mean(axis=0)


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    scores = Tensor(np.random.randn(8).astype(np.float32))
    return KeyFrameCollector(), (feats, scores)
