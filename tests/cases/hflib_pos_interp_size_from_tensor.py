# case: DeiT/ViT position-embedding resize where the target grid comes from an image_sizes tensor produced by the image processor (int() of its values divided by patch size) -> interpolate size read from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DeiTConfig:
    patch_size = 4
    hidden_size = 8
    base_grid = 4


class PositionResizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_size = config.patch_size
        self.base_grid = config.base_grid
        self._init_position_embeddings(config)

    def _init_position_embeddings(self, config):
        init = np.random.randn(1, config.hidden_size, config.base_grid, config.base_grid).astype(np.float32) * 0.02
        self.pos_grid = Parameter(Tensor(init), name="pos_grid")

    def construct(self, patch_tokens, image_sizes):
        grid_h = int(image_sizes[0, 0]) // self.patch_size
        grid_w = int(image_sizes[0, 1]) // self.patch_size
        pos = ops.interpolate(self.pos_grid, size=(grid_h, grid_w), mode="bilinear", align_corners=False)
        pos = pos.flatten(start_dim=2).swapaxes(1, 2)
        return patch_tokens[:, : grid_h * grid_w] + pos


def make():
    np.random.seed(63)
    cell = PositionResizer(DeiTConfig())
    tokens = Tensor(np.random.randn(2, 30, 8).astype(np.float32))
    sizes = Tensor(np.array([[20, 24], [20, 24]], dtype=np.int32))
    return cell, (tokens, sizes)
