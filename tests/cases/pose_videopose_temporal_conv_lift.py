# case: VideoPose3D-style dilated temporal convolution lifter over a 2D keypoint sequence, residual slicing by receptive-field pad from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalBlock(nn.Cell):
    def __init__(self, ch=64, kernel=3, dilation=1, dropout=0.1):
        super().__init__()
        self.pad = (kernel - 1) * dilation // 2
        self.conv = nn.Conv1d(ch, ch, kernel, dilation=dilation, pad_mode="valid")
        self.bn = nn.BatchNorm2d(ch)
        self.act = nn.ReLU()
        self.drop = nn.Dropout(p=dropout)

    def construct(self, x):
        res = x[:, :, self.pad:x.shape[2] - self.pad]
        y = self.conv(x).expand_dims(-1)
        y = self.drop(self.act(self.bn(y))).squeeze(-1)
        return res + y


class TemporalLifter(nn.Cell):
    def __init__(self, num_joints=17, ch=64, kernels=(3, 3, 3)):
        super().__init__()
        self.num_joints = num_joints
        self.expand = nn.Conv1d(num_joints * 2, ch, 1, has_bias=True)
        blocks, d = [], 1
        for k in kernels:
            blocks.append(TemporalBlock(ch, k, d))
            d *= k
        self.blocks = nn.SequentialCell(blocks)
        self.shrink = nn.Conv1d(ch, num_joints * 3, 1, has_bias=True)

    def construct(self, seq):
        # seq: (B, T, K, 2) -> (B, T', K, 3)
        b, t = seq.shape[0], seq.shape[1]
        x = seq.reshape(b, t, -1).transpose(0, 2, 1)
        y = self.shrink(self.blocks(self.expand(x)))
        return y.transpose(0, 2, 1).reshape(b, -1, self.num_joints, 3)


def make():
    np.random.seed(37)
    s = np.random.randn(2, 27, 17, 2).astype(np.float32)
    net = TemporalLifter()
    net.set_train(False)
    return net, (Tensor(s),)
