# case: multi-frame BEV fusion accepts sweeps as a tuple (isinstance guard stacks them) and fuses config.num_frames frames with learned 1x1 convs over a CellList -> loop count from config and tuple input should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, channels=8, num_frames=3, use_multi_frame=True, fuse_mode="sum"):
        self.channels = channels
        self.num_frames = num_frames
        self.use_multi_frame = use_multi_frame
        self.fuse_mode = fuse_mode


class TemporalFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_frames = config.num_frames if config.use_multi_frame else 1
        self.fuse_mode = config.fuse_mode
        self.frame_convs = nn.CellList(
            [nn.Conv2d(config.channels, config.channels, 1, has_bias=True) for _ in range(self.num_frames)])

    def construct(self, frames):
        if isinstance(frames, (list, tuple)):
            frames = ops.stack(frames, axis=0)
        feats = [conv(frames[t]) for t, conv in enumerate(self.frame_convs)]
        if self.fuse_mode == "sum":
            fused = feats[0]
            for f in feats[1:]:
                fused = fused + f
        else:
            fused = ops.concat(feats, axis=1)
        return ops.relu(fused)


def make():
    np.random.seed(3705)
    frames = tuple(Tensor(np.random.randn(1, 8, 12, 12).astype(np.float32)) for _ in range(3))
    return TemporalFusion(FusionConfig()), (frames,)
