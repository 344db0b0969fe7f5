# case: multi-scale fabric texture encoder that loops a constant number of times over pooling stages and collects features into a list -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleTexture(nn.Cell):
    def __init__(self, ch=4, stages=3):
        super().__init__()
        self.stages = stages
        self.conv = nn.Conv2d(1, ch, 3, pad_mode="same")
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.fc = nn.Dense(ch * stages, 2)

    def construct(self, img):
        f = ops.relu(self.conv(img))
        feats = []
        for _ in range(self.stages):
            feats.append(f.mean(axis=(2, 3)))
            f = self.pool(f)
        return self.fc(ops.concat(feats, axis=1))


def make():
    np.random.seed(35)
    img = Tensor(np.random.rand(2, 1, 32, 32).astype(np.float32))
    return MultiScaleTexture(), (img,)
