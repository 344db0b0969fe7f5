# case: RAFT-stereo style refiner called with the number of iterations as a plain Python int argument (test-time iters) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DispUpdate(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.enc = nn.Conv2d(channels + 1, channels, 3, pad_mode='same')
        self.out = nn.Conv2d(channels, 1, 3, pad_mode='same')

    def construct(self, feat, disp):
        h = ops.relu(self.enc(ops.cat([feat, disp], axis=1)))
        return self.out(h)


class IterativeStereo(nn.Cell):
    def __init__(self, channels=4, test_mode=True):
        super().__init__()
        self.update = DispUpdate(channels)
        self.test_mode = test_mode

    def construct(self, feat, disp, iters=12):
        preds = []
        for _ in range(iters):
            disp = ops.relu(disp + self.update(feat, disp))
            preds.append(disp)
        if self.test_mode:
            return preds[-1]
        return ops.stack(preds)


def make():
    np.random.seed(30)
    feat = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    disp = Tensor(np.zeros((1, 1, 6, 8), np.float32))
    return IterativeStereo(), (feat, disp, 5)
