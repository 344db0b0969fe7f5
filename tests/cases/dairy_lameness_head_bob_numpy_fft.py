# case: lameness scorer measures head-bob strength by calling np.fft.rfft on the head keypoint track pulled out with .asnumpy() in construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadBobScore(nn.Cell):
    def __init__(self, head_joint=0, stride_bin=2):
        super().__init__()
        self.head_joint = head_joint
        self.stride_bin = stride_bin
        self.out = nn.Dense(2, 1)

    def construct(self, keypoints):
        # keypoints: (frames, joints, xy) for one cow walking past the camera
        head_y = keypoints[:, self.head_joint, 1]
        spectrum = np.abs(np.fft.rfft(head_y.asnumpy()))
        bob = Tensor(spectrum[self.stride_bin] / (spectrum.sum() + 1e-6), ms.float32)
        sway = keypoints[:, self.head_joint, 0].std()
        feats = ops.stack([bob, sway]).expand_dims(0)
        return ops.sigmoid(self.out(feats))


def make():
    np.random.seed(40)
    t = np.arange(32, dtype=np.float32)
    kp = np.random.uniform(0, 1, (32, 6, 2)).astype(np.float32)
    kp[:, 0, 1] += np.sin(2 * np.pi * 2 * t / 32).astype(np.float32)
    return HeadBobScore(), (Tensor(kp),)
