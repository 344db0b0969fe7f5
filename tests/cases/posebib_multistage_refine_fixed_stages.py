# case: multi-stage refiner iterates a CellList with enumerate, stacks every stage's estimate when output_intermediate is set (tuple length fixed by config) -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineConfig:
    def __init__(self, num_keypoints=17, hidden=64, num_stages=3, output_intermediate=True, stage_decay=0.5):
        self.num_keypoints = num_keypoints
        self.hidden = hidden
        self.num_stages = num_stages
        self.output_intermediate = output_intermediate
        self.stage_decay = stage_decay


class RefineStage(nn.Cell):
    def __init__(self, num_keypoints, hidden):
        super().__init__()
        self.fc1 = nn.Dense(num_keypoints * 2, hidden)
        self.fc2 = nn.Dense(hidden, num_keypoints * 2)
        self.act = nn.GELU()

    def construct(self, kpts):
        b = kpts.shape[0]
        return ops.tanh(self.fc2(self.act(self.fc1(kpts.reshape(b, -1))))).reshape(kpts.shape)


class CascadePoseRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stages = nn.CellList([RefineStage(config.num_keypoints, config.hidden)
                                   for _ in range(config.num_stages)])
        self.step_sizes = [config.stage_decay ** i for i in range(config.num_stages)]
        self.output_intermediate = config.output_intermediate

    def construct(self, init_kpts, visibility=None):
        kpts = init_kpts
        intermediates = ()
        for i, stage in enumerate(self.stages):
            delta = stage(kpts) * self.step_sizes[i]
            if visibility is not None:
                delta = delta * visibility[..., None]
            kpts = kpts + delta
            intermediates = intermediates + (kpts,)
        if self.output_intermediate:
            return (kpts,) + (ops.stack(intermediates),)
        return (kpts,)


def make():
    np.random.seed(116)
    kpts = Tensor(np.random.rand(2, 17, 2).astype(np.float32))
    vis = Tensor((np.random.rand(2, 17) > 0.2).astype(np.float32))
    return CascadePoseRefiner(RefineConfig()), (kpts, vis)
