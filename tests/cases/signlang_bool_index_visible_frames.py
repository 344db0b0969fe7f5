# case: drops frames with missing body detections by indexing the clip with a boolean tensor mask -> boolean-mask indexing, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BodyPoseEncoder(nn.Cell):
    def __init__(self, joints=17, out_dim=24):
        super().__init__()
        self.fc = nn.Dense(joints * 2, out_dim)

    def construct(self, body, visible):
        # body: (T, 17, 2), visible: (T,) bool
        frames = body[visible]
        x = frames.reshape(-1, body.shape[1] * body.shape[2])
        return self.fc(x).mean(axis=0)


def make():
    np.random.seed(8)
    body = Tensor(np.random.randn(9, 17, 2).astype(np.float32))
    vis = Tensor(np.array([1, 1, 0, 1, 0, 1, 1, 1, 0], dtype=np.bool_))
    return BodyPoseEncoder(), (body, vis)
