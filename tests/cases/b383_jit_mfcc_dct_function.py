# case: jit-compiled MFCC function: log of mel energies, DCT via a module-level constant matrix, optional cepstral liftering controlled by a keyword default -> all shapes static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

N_MELS = 40
N_MFCC = 13
LIFTER = 22


def _dct_ortho(n_mels, n_mfcc):
    n = np.arange(n_mels)
    k = np.arange(n_mfcc)[:, None]
    basis = np.cos(np.pi / n_mels * (n + 0.5) * k) * np.sqrt(2.0 / n_mels)
    basis[0] /= np.sqrt(2.0)
    return Tensor(basis.T.astype(np.float32))


def _lifter(n_mfcc, lifter):
    k = np.arange(n_mfcc)
    return Tensor((1 + lifter / 2.0 * np.sin(np.pi * k / lifter)).astype(np.float32))


DCT = _dct_ortho(N_MELS, N_MFCC)
LIFT = _lifter(N_MFCC, LIFTER)


@ms.jit
def mfcc_from_mel(mel_energies, use_lifter=True):
    log_mel = ops.log(ops.clamp(mel_energies, min=1e-6))
    cep = ops.matmul(log_mel, DCT)
    if use_lifter:
        cep = cep * LIFT
    return cep - cep.mean(axis=1, keep_dims=True)


def make():
    np.random.seed(38338)
    mel = Tensor(np.abs(np.random.randn(2, 49, N_MELS)).astype(np.float32))
    return mfcc_from_mel, (mel,)
