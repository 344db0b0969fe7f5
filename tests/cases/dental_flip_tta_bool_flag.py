# case: tooth segmentation with horizontal-flip test-time augmentation controlled by a Python bool constructor flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToothSegTTA(nn.Cell):
    def __init__(self, channels=6, use_flip_tta=True):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Conv2d(1, channels, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(channels, 2, 1),
        ])
        self.use_flip_tta = use_flip_tta

    def predict(self, x):
        return ops.softmax(self.net(x), axis=1)

    def construct(self, pano):
        prob = self.predict(pano)
        if self.use_flip_tta:
            flipped = ops.flip(pano, dims=(3,))
            prob_f = ops.flip(self.predict(flipped), dims=(3,))
            prob = (prob + prob_f) * 0.5
        return prob[:, 1:2]


def make():
    np.random.seed(22)
    pano = np.random.rand(1, 1, 16, 48).astype(np.float32)
    return ToothSegTTA(), (Tensor(pano),)
