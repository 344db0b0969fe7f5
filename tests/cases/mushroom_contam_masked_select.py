# case: collect the hue values of bag pixels flagged as cobweb mould with ops.masked_select and report their spread -> masked_select output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cobweb_score(img):
    # cobweb mould is grey-white and fluffy: high brightness, low saturation
    bright = img.mean(axis=1)
    sat = img.max(axis=1) - img.min(axis=1)
    return bright * (1.0 - sat)


class CobwebInspector(nn.Cell):
    def __init__(self, alarm=0.45):
        super().__init__()
        self.alarm = alarm

    def construct(self, img):
        score = cobweb_score(img)
        hue_proxy = img[:, 1] - img[:, 2]
        flagged = ops.masked_select(hue_proxy, score > self.alarm)
        return flagged.std(), score.mean()


def make():
    np.random.seed(331)
    img = Tensor(np.random.rand(2, 3, 20, 20).astype(np.float32))
    return CobwebInspector(), (img,)
