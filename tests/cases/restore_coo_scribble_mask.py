# case: user scribble hints for inpainting are given as sparse coordinates and densified through a COOTensor -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class ScribbleGuidedInpaint(nn.Cell):
    def __init__(self, channels=3, height=8, width=8, feats=8):
        super().__init__()
        self.hw = (height, width)
        self.net = nn.SequentialCell([
            nn.Conv2d(channels + 2, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def densify(self, coords, values):
        hint = COOTensor(coords, values, self.hw)
        return hint.to_dense()

    def construct(self, image, mask, coords, values):
        hint = self.densify(coords, values)
        hint = hint.reshape(1, 1, self.hw[0], self.hw[1])
        x = ops.concat((image * (1 - mask), mask, hint), axis=1)
        return image * (1 - mask) + self.net(x) * mask


def make():
    np.random.seed(22)
    image = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    m = np.zeros((1, 1, 8, 8), dtype=np.float32)
    m[..., 2:6, 3:7] = 1.0
    coords = Tensor(np.array([[2, 3], [3, 4], [5, 6]], dtype=np.int32))
    values = Tensor(np.array([0.2, 0.8, 0.5], dtype=np.float32))
    return ScribbleGuidedInpaint(), (image, Tensor(m), coords, values)
