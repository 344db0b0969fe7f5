# case: HybridSN-style classifier with a debug path that prints band statistics in an f-string and converts them with float(), guarded by config.verbose which defaults to False -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HybridConfig:
    def __init__(self, num_bands=15, num_classes=7, patch_size=5, verbose=False, dropout=0.0):
        self.num_bands = num_bands
        self.num_classes = num_classes
        self.patch_size = patch_size
        self.verbose = verbose
        self.dropout = dropout


class HybridSNLite(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = getattr(config, "verbose", False)
        self.conv3d = nn.Conv3d(1, 4, kernel_size=(3, 3, 3), pad_mode="same")
        flat = 4 * config.num_bands * config.patch_size * config.patch_size
        self.fc = nn.Dense(flat, config.num_classes)
        self.drop = nn.Dropout(p=config.dropout) if config.dropout > 0 else None

    def _debug(self, name, x):
        if self.verbose:
            print(f"[{name}] mean={float(x.mean()):.4f} max={float(x.max()):.4f}")

    def construct(self, patches):
        # patches: (batch, bands, p, p)
        x = ops.relu(self.conv3d(patches.expand_dims(1)))
        self._debug("conv3d", x)
        x = x.reshape(x.shape[0], -1)
        if self.drop is not None:
            x = self.drop(x)
        return self.fc(x)


def make():
    np.random.seed(3843)
    cfg = HybridConfig()
    x = Tensor(np.random.rand(3, cfg.num_bands, cfg.patch_size, cfg.patch_size).astype(np.float32))
    return HybridSNLite(cfg), (x,)
