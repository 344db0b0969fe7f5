# case: accepts keypoints either as a single tensor or as a (left, right) tuple, dispatching with isinstance on the Python structure -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleHandInput(nn.Cell):
    def __init__(self, joints=21, dim=2, num_classes=7):
        super().__init__()
        self.width = joints * dim
        self.fc = nn.Dense(2 * self.width, num_classes)

    def to_two_hands(self, inputs):
        if isinstance(inputs, (tuple, list)):
            left, right = inputs
            t = right.shape[0]
            return ops.concat((left.reshape(t, -1), right.reshape(t, -1)), axis=-1)
        t = inputs.shape[0]
        return inputs.reshape(t, -1)

    def construct(self, inputs):
        x = self.to_two_hands(inputs)
        return self.fc(x).mean(axis=0)


def make():
    np.random.seed(35)
    left = Tensor(np.random.randn(5, 21, 2).astype(np.float32))
    right = Tensor(np.random.randn(5, 21, 2).astype(np.float32))
    return FlexibleHandInput(), ((left, right),)
