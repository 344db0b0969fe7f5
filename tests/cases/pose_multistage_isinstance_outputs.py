# case: multi-stage (CPM/hourglass) intermediate-supervision loss accepting a tensor or a tuple of stage outputs via isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stage(nn.Cell):
    def __init__(self, ch=8, num_joints=14):
        super().__init__()
        self.body = nn.SequentialCell([nn.Conv2d(ch + num_joints, ch, 3, pad_mode="same"), nn.ReLU()])
        self.out = nn.Conv2d(ch, num_joints, 1)

    def construct(self, feats, prev):
        return self.out(self.body(ops.concat([feats, prev], axis=1)))


class MultiStagePoseNet(nn.Cell):
    def __init__(self, ch=8, num_joints=14, num_stages=3, return_all=True):
        super().__init__()
        self.stem = nn.Conv2d(3, ch, 3, stride=2, pad_mode="same")
        self.init = nn.Conv2d(ch, num_joints, 1)
        self.stages = nn.CellList([Stage(ch, num_joints) for _ in range(num_stages - 1)])
        self.return_all = return_all

    def construct(self, img):
        f = self.stem(img)
        heat = self.init(f)
        outs = (heat,)
        for stage in self.stages:
            heat = stage(f, heat)
            outs = outs + (heat,)
        return outs if self.return_all else heat


class IntermediateSupervisionLoss(nn.Cell):
    def __init__(self, net, stage_decay=0.8):
        super().__init__()
        self.net = net
        self.stage_decay = stage_decay

    def construct(self, img, target):
        outs = self.net(img)
        if not isinstance(outs, (tuple, list)):
            outs = (outs,)
        loss = 0.0
        w = 1.0
        for o in outs[::-1]:
            loss = loss + w * ops.square(o - target).mean()
            w = w * self.stage_decay
        return loss


def make():
    np.random.seed(36)
    img = np.random.rand(2, 3, 32, 32).astype(np.float32)
    tgt = np.random.rand(2, 14, 16, 16).astype(np.float32)
    return IntermediateSupervisionLoss(MultiStagePoseNet()), (Tensor(img), Tensor(tgt))
