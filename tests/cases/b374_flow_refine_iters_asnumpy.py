# case: flow refinement runs more update iterations when the flow is large, choosing the count with flow.abs().max().asnumpy() inside construct -> NumPy conversion and data-driven loop count, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowConfig:
    def __init__(self, hidden=8, base_iters=1, max_iters=4, large_motion=2.0):
        self.hidden = hidden
        self.base_iters = base_iters
        self.max_iters = max_iters
        self.large_motion = large_motion


class FlowUpdateBlock(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.conv = nn.Conv2d(hidden + 2, 2, 3, pad_mode="same")

    def construct(self, ctx, flow):
        return flow + 0.1 * ops.tanh(self.conv(ops.cat((ctx, flow), axis=1)))


class IterativeFlowRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cfg = config
        self.ctx = nn.Conv2d(6, config.hidden, 3, pad_mode="same")
        self.update = FlowUpdateBlock(config.hidden)

    def num_iters(self, flow):
        mag = float(flow.abs().max().asnumpy())
        extra = int(np.ceil(mag / self.cfg.large_motion))
        return min(self.cfg.base_iters + extra, self.cfg.max_iters)

    def construct(self, img0, img1, flow_init):
        ctx = self.ctx(ops.cat((img0, img1), axis=1))
        flow = flow_init
        for _ in range(self.num_iters(flow_init)):
            flow = self.update(ctx, flow)
        return flow


def make():
    np.random.seed(37410)
    a = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    flow = Tensor((np.random.randn(1, 2, 16, 16) * 3).astype(np.float32))
    return IterativeFlowRefiner(FlowConfig()), (a, b, flow)
