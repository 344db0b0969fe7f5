# case: ViT patch embedding built on an nn.Conv2d subclass plus interpolate_pos_encoding that resizes the position grid to the feature-map size computed from pixel_values.shape // patch_size -> sizes come from static shapes and config, static graph expected
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ViTConfig:
    image_size = 16
    patch_size = 4
    num_channels = 3
    hidden_size = 8
    interpolate_pos_encoding = True


class PatchProjection(nn.Conv2d):
    def __init__(self, config):
        super().__init__(config.num_channels, config.hidden_size, kernel_size=config.patch_size,
                         stride=config.patch_size, pad_mode="valid", has_bias=True)
        self.patch_size = config.patch_size

    def construct(self, pixel_values):
        x = super().construct(pixel_values)
        return x.flatten(start_dim=2).swapaxes(1, 2)


class ViTEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_size = config.patch_size
        self.interpolate = config.interpolate_pos_encoding
        self.patch_embeddings = PatchProjection(config)
        num_patches = (config.image_size // config.patch_size) ** 2
        self.position_embeddings = Parameter(Tensor(np.random.randn(1, num_patches, config.hidden_size).astype(np.float32) * 0.02),
                                             name="position_embeddings")

    def interpolate_pos_encoding(self, height, width):
        num_positions = self.position_embeddings.shape[1]
        side = int(math.sqrt(num_positions))
        dim = self.position_embeddings.shape[-1]
        grid = self.position_embeddings.reshape(1, side, side, dim).transpose(0, 3, 1, 2)
        new_h, new_w = height // self.patch_size, width // self.patch_size
        grid = ops.interpolate(grid, size=(new_h, new_w), mode="bilinear", align_corners=False)
        return grid.transpose(0, 2, 3, 1).reshape(1, -1, dim)

    def construct(self, pixel_values):
        _, _, height, width = pixel_values.shape
        embeddings = self.patch_embeddings(pixel_values)
        if self.interpolate:
            embeddings = embeddings + self.interpolate_pos_encoding(height, width)
        else:
            embeddings = embeddings + self.position_embeddings
        return embeddings


def make():
    np.random.seed(62)
    emb = ViTEmbeddings(ViTConfig())
    pixels = Tensor(np.random.randn(2, 3, 24, 20).astype(np.float32))
    return emb, (pixels,)
