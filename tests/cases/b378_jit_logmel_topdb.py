# case: jitted log-mel front end converts a power spectrogram to dB with a constant mel filterbank and clips to top_db below the per-clip maximum -> reductions keep fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

N_FFT_BINS = 65
N_MELS = 20
TOP_DB = 80.0
AMIN = 1e-10


def _mel_filterbank(n_bins=N_FFT_BINS, n_mels=N_MELS):
    edges = np.linspace(0, n_bins - 1, n_mels + 2)
    bins = np.arange(n_bins)[:, None]
    up = (bins - edges[:-2]) / (edges[1:-1] - edges[:-2])
    down = (edges[2:] - bins) / (edges[2:] - edges[1:-1])
    return Tensor(np.maximum(0.0, np.minimum(up, down)).astype(np.float32))


MEL_FB = _mel_filterbank()


@ms.jit
def logmel_db(power_spec, top_db=TOP_DB):
    mel = ops.matmul(power_spec, MEL_FB)                     # (B, T, n_mels)
    db = 10.0 * ops.log(ops.clamp(mel, min=AMIN)) / np.log(10.0)
    if top_db is not None:
        peak = db.max(axis=(1, 2), keepdims=True)
        db = ops.maximum(db, peak - top_db)
    return db


def make():
    np.random.seed(3820)
    spec = Tensor((np.abs(np.random.randn(2, 50, N_FFT_BINS)) ** 2).astype(np.float32))
    return logmel_db, (spec,)
