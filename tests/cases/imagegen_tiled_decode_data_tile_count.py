# case: tiled VAE decode loops over a tile count read from a tensor and averages the decoded tiles; the tile start i*stride is a loop tensor -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileDecoder(nn.Cell):
    def __init__(self, latent_ch=4, out_ch=3):
        super().__init__()
        self.conv = nn.Conv2d(latent_ch, out_ch, 3, pad_mode="same")
        self.up = nn.Conv2dTranspose(out_ch, out_ch, 2, stride=2)

    def construct(self, z):
        return ops.tanh(self.up(self.conv(z)))


class TiledVAEDecode(nn.Cell):
    def __init__(self, tile=4, overlap=1):
        super().__init__()
        self.decoder = TileDecoder()
        self.tile = tile
        self.overlap = overlap

    def _decode_tile(self, latents, start):
        z = latents[:, :, :, start:start + self.tile]
        return self.decoder(z)

    def construct(self, latents, num_tiles):
        stride = self.tile - self.overlap
        acc = self._decode_tile(latents, 0)
        i = 1
        while i < num_tiles:
            acc = acc + self._decode_tile(latents, i * stride)
            i += 1
        return acc / num_tiles.astype(ms.float32)


def make():
    np.random.seed(7)
    latents = Tensor(np.random.randn(1, 4, 4, 10).astype(np.float32))
    return TiledVAEDecode(), (latents, Tensor(3, ms.int32))
